import { randomBytes } from "node:crypto";

/** 96 random bits, URL-safe: ids in URLs can be neither guessed nor enumerated. */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
