package com.smartstore.oms.contracts.events;

/** What quality control found caused a returned product's quality problem (R-X7). */
public enum DefectCause {
    MANUFACTURING,
    MATERIAL,
    DESIGN,
    PACKAGING,
    SUPPLIER,
    /** Damaged in the warehouse or in transit. */
    HANDLING,
    /** The product has no fault. */
    NO_FAULT_FOUND,
    OTHER
}
