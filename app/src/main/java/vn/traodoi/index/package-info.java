/**
 * Governance indices (PAR Index, SIPAS, PAPI, PCI, DTI) per province and year with their provenance, their import
 * from CSV and Excel with a row-by-row report, and destination advice: which places rank above ours on the indices
 * that measure what a delegation goes to learn.
 */
@NullMarked
package vn.traodoi.index;

import org.jspecify.annotations.NullMarked;
