# The rules are all there, but each example sits in the middle of its range: day 3 and
# day 20 for the standard window, day 20 and day 40 for gold, and a round total (20.00) for
# the restocking fee.  The last day of a window and a fee that needs rounding are never
# tried, nor a request before delivery: those bugs pass.  Examples on both sides of each
# limit (day 14 and day 15 after delivery) are what catch them.
Feature: Refunds

  Scenario Outline: The return window
    Given an order of 20.00 EUR delivered on 2026-03-01
    And the customer has the <tier> tier
    When the customer asks for a refund on <day>
    Then the refund is <amount> EUR because of "<reason>"

    Examples:
      | tier     | day        | amount | reason        |
      | standard | 2026-03-04 | 20.00  | full refund   |
      | standard | 2026-03-21 | 0.00   | window closed |
      | gold     | 2026-03-21 | 20.00  | full refund   |
      | gold     | 2026-04-10 | 0.00   | window closed |

  Scenario: Opened items
    Given an order of 20.00 EUR delivered on 2026-03-01
    And the customer opened the items
    When the customer asks for a refund on 2026-03-04
    Then the refund is 16.00 EUR because of "restocking fee"

  Scenario: Gold and opened
    Given an order of 20.00 EUR delivered on 2026-03-01
    And the customer has the gold tier
    And the customer opened the items
    When the customer asks for a refund on 2026-03-04
    Then the refund is 20.00 EUR because of "full refund"
