package org.idic.crm.segmentation.abc;

/**
 * The customer pyramid by count share: 高端客户 / 大客户 / 中等客户 / 小客户. NONE for prospects.
 */
public enum PyramidLevel {
    PLATINUM, GOLD, IRON, LEAD, NONE
}
