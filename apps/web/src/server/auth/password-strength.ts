import "server-only";
import { normalizeEmail } from "@jiji/db";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** zxcvbn's score 0–1: guessable within about a million tries (common passwords and their small variations). */
const MIN_SCORE = 2;

let estimator: ZxcvbnFactory | undefined;

/**
 * The message key for a new password that is too easy to guess, or undefined for an acceptable one. Measured
 * against zxcvbn's list of common passwords and keyboard patterns, with the account's email and its parts as
 * words an attacker would try first.
 */
export function weakPasswordProblem(password: string, email: string): string | undefined {
  const address = normalizeEmail(email);
  if (password.trim().toLowerCase() === address) return "passwordIsEmail";
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const userInputs = [address, ...address.split(/[@.+_-]/).filter((part) => part.length >= 3)];
  return estimator.check(password, userInputs).score < MIN_SCORE ? "passwordTooCommon" : undefined;
}
