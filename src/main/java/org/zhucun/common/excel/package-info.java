/** Reading uploaded Excel (.xlsx) files, for the imports of every module. */
package org.zhucun.common.excel;
