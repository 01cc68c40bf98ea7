/** Page layout, the home and sign-in pages, languages, errors for pages and the API, request limits. */
@NullMarked
package vn.traodoi.web;

import org.jspecify.annotations.NullMarked;
