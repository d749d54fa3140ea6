package org.idic.crm.segmentation.lifecycle;

/** Relationship status (spec §6): 潜在客户 / 初次购买客户 / 重复购买客户 / 忠实客户 / 流失客户. */
public enum Relationship {
    PROSPECT, FIRST_TIME, REPEAT, LOYAL, LOST
}
