/**
 * The vocabulary every stage shares: risk tiers and the facts of a procurement's scope (surfaces,
 * data categories, regions, EU AI Act area, deployment stage).
 */
package org.llmprocurement.domain;
