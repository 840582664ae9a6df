package org.llmprocurement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LlmProcurementApplication {

  public static void main(String[] args) {
    SpringApplication.run(LlmProcurementApplication.class, args);
  }
}
