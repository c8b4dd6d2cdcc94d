import { z } from "zod";

// Number() reads "0x10", "1e1", " 7 " and "" (as 0) as numbers; a query string gets only what a
// person writes: decimal digits, with a fraction where one makes sense.
const DECIMAL = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;

/** A query parameter holding a number written in plain decimal ("40", "37.5"), as a number. */
export const queryDecimal = () =>
  z.string().regex(DECIMAL, "must be a number written in decimal digits, such as 40 or 37.5").transform(Number);

/** A query parameter holding a whole number written in decimal digits ("50"), as a number. */
export const queryInteger = () =>
  z.string().regex(INTEGER, "must be a whole number written in decimal digits, such as 50").transform(Number);
