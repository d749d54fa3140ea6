package org.idic.crm.segmentation.abc;

/** ABC class by cumulative value share; NONE for prospects (no purchase on or before asOf). */
public enum AbcClass {
    A, B, C, NONE
}
