# The refund policy, one scenario per rule, each with the dates that bound it.
Feature: Refunds for returned orders

  Rule: Standard customers have 14 days

    Scenario Outline: Standard window
      Given a standard customer's order of <total> EUR, delivered 2026-06-10
      When a refund is requested <days> days after delivery
      Then <amount> EUR is refunded (<reason>)

      Examples:
        | total  | days | amount | reason        |
        | 100.00 | 0    | 100.00 | full refund   |
        | 100.00 | 14   | 100.00 | full refund   |
        | 100.00 | 15   | 0.00   | window closed |

  Rule: Gold customers have 30 days and never pay the fee

    Scenario Outline: Gold window
      Given a gold customer's order of 55.55 EUR, delivered 2026-06-10
      And the items were opened
      When a refund is requested <days> days after delivery
      Then <amount> EUR is refunded (<reason>)

      Examples:
        | days | amount | reason        |
        | 30   | 55.55  | full refund   |
        | 31   | 0.00   | window closed |

  Rule: Opened items cost a 20% restocking fee, rounded to the nearest cent

    Scenario: Fee with rounding
      Given a standard customer's order of 0.97 EUR, delivered 2026-06-10
      And the items were opened
      When a refund is requested 1 days after delivery
      Then 0.78 EUR is refunded (restocking fee)

  Rule: Nothing is refunded before delivery

    Scenario: Too early
      Given a standard customer's order of 10.00 EUR, delivered 2026-06-10
      When a refund is requested -1 days after delivery
      Then the request is refused
