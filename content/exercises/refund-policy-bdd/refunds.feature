# Describe the refund policy here (see the instructions), one scenario per rule.
Feature: Refunds

  Scenario: A refund within the window
    Given an order of 20.00 EUR delivered on 2026-03-01
    When the customer asks for a refund on 2026-03-04
    Then the refund is 20.00 EUR because of "full refund"
