/**
 * Drafts of projects and legal documents: splitting a draft's paragraphs into the sections officials cite
 * (Phần, Chương, Mục, Điều, Khoản, I., 1.) and comparing the text of two versions word by word.
 */
@NullMarked
package vn.traodoi.text.draft;

import org.jspecify.annotations.NullMarked;
