/** The traodoi application: one package per feature, cross-cutting configuration in {@code system}. */
@NullMarked
package vn.traodoi;

import org.jspecify.annotations.NullMarked;
