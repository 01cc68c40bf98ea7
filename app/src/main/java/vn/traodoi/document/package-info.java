/**
 * Official documents in the layout of Decree 30/2020/NĐ-CP: A4, Times New Roman, the national heading beside the
 * issuing organization, the title, numbered parts, and the places for the signature and the recipients.
 */
@NullMarked
package vn.traodoi.document;

import org.jspecify.annotations.NullMarked;
