/**
 * Public news from records: an article drafted from a delegation, one of its stops or a workshop, edited and published
 * by the organization's editors, and the public portal pages (news home, categories, article with photos, print view,
 * QR code, related news, search, RSS feeds, sitemap).
 */
@NullMarked
package vn.traodoi.news;

import org.jspecify.annotations.NullMarked;
