import { shippedTaxonomy } from "../shipped-taxonomy";
import { isLookAlike } from "../is-look-alike";
import { TaxonomyError } from "../taxonomy-error";

/** Throws TaxonomyError LOOK_ALIKE when one skill would stand for a different one that looks like it (C and C++). */
export function refuseLookAlike(a: string, b: string): void {
  if (isLookAlike(a, b, shippedTaxonomy)) {
    throw new TaxonomyError("LOOK_ALIKE", `"${a}" and "${b}" look alike but are different skills: one may not stand for the other`);
  }
}
