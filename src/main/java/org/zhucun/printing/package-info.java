/**
 * Printed forms (FRM-1/2, USE-2): the quarterly registration form of Annex 4 (平时考核登记表) and the
 * annual opinion form of Annex 5 (年度考核意见表) as Word and PDF, the filled scoring sheets of
 * Annex 1–3 as PDF, and the certificate of grassroots work experience for the personal file. The
 * renderers take plain records and know nothing of where the data comes from. PDFs embed a
 * TrueType CJK font ({@link org.zhucun.printing.CjkFont}). {@link org.zhucun.printing.BatchDownloads}
 * builds many files into one .zip in the background, with a progress bar for the user who started it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printed forms")
package org.zhucun.printing;
