package org.metoodiffusion.centrality;

import java.util.List;

/**
 * A response that can also be written as CSV ({@code Accept: text/csv}): a header and rows, one
 * value per column. {@link CsvMessageConverter} writes it (RFC 4180 quoting).
 */
public interface CsvTable {

    List<String> csvHeader();

    List<List<Object>> csvRows();
}
