package org.idic.crm.segmentation.lifecycle;

/** Lifecycle stage (spec §6): 潜在获取期 / 成长期 / 成熟期 / 衰退期 / 终止期. */
public enum LifecycleStage {
    PROSPECT, GROWTH, MATURE, DECLINE, TERMINATED
}
