package com.smartstore.oms.warehouse.domain;

/** Where a pick list is: waiting for the picker, picked, or replaced by a newer revision of its order. */
public enum PickListStatus {
    OPEN,
    PICKED,
    SUPERSEDED
}
