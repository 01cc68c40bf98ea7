/**
 * The register of outgoing documents (sổ đăng ký văn bản đi, Decree 30/2020 Art. 15 and Appendix III): the number and
 * symbol of each document an organization issues ("01/KH-SNV", "683/SNV-CCVC"), numbered per organization, year and
 * document type from 01 each 1 January, never reused, a cancelled number kept with its note; the organization's
 * abbreviations used in the symbols, set by an administrator. The issue flow takes numbers through
 * {@link vn.traodoi.register.DocumentRegister}.
 */
@NullMarked
package vn.traodoi.register;

import org.jspecify.annotations.NullMarked;
