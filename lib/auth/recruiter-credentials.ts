import { z } from "zod";

/** The shortest password a recruiter account takes, at creation and at sign-in alike. */
export const MIN_PASSWORD_LENGTH = 12;

export class InvalidRecruiterError extends Error {
  override name = "InvalidRecruiterError";
}

const email = z.email();

/** Refuses an email that is not one, or a password under MIN_PASSWORD_LENGTH, saying which and why. */
export function checkRecruiterCredentials(input: { email: string; password: string }): void {
  if (!email.safeParse(input.email.trim()).success) throw new InvalidRecruiterError(`"${input.email}" is not an email address`);
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidRecruiterError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters (it has ${input.password.length})`);
  }
}
