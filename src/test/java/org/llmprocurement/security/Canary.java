package org.llmprocurement.security;

import java.util.concurrent.atomic.AtomicInteger;

/** A class a caller names in an Object variable: counts every instance the server makes of it. */
public class Canary {

  public static final AtomicInteger CREATED = new AtomicInteger();

  private String name;

  public Canary() {
    CREATED.incrementAndGet();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
