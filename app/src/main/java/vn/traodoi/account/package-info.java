/**
 * Users, their organization and roles, sign-in with throttling, personal API tokens and the security
 * configuration.
 */
@NullMarked
package vn.traodoi.account;

import org.jspecify.annotations.NullMarked;
