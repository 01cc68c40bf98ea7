/**
 * Signing: each organization's certificate (PKCS#12, installed by an administrator, kept in the database with its
 * password sealed), PAdES signatures with a visible block on the documents it issues, and the verification of a
 * signed PDF uploaded back (ADR 0017).
 */
@NullMarked
package vn.traodoi.signing;

import org.jspecify.annotations.NullMarked;
