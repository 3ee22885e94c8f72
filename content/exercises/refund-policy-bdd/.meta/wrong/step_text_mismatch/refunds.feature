Feature: Refunds
  A customer may send an order back and get money back: all of it within the return
  window, less a restocking fee for opened items, nothing once the window has closed.

  Background:
    Given an order of 12.37 EUR delivered on 2026-03-01

  Scenario Outline: The return window is counted in days after delivery
    Given the customer has the <tier> tier
    When the customer asks for a refund on <day>
    Then the refund is <amount> EUR because of "<reason>"

    Examples:
      | tier     | day        | amount | reason        |
      | standard | 2026-03-01 | 12.37  | full refund   |
      | standard | 2026-03-15 | 12.37  | full refund   |
      | standard | 2026-03-16 | 0.00   | window closed |
      | gold     | 2026-03-31 | 12.37  | full refund   |
      | gold     | 2026-04-01 | 0.00   | window closed |

  Scenario: Opened items cost a restocking fee
    Given the customer opened the items
    When the customer asks for a refund on 2026-03-05
    Then the refund is 9.90 EUR because of "restocking fee"

  Scenario: Gold customers pay no restocking fee
    Given the customer has the gold tier
    And the customer opened the items
    When the customer asks for a refund on 2026-03-20
    Then the refund is 12.37 EUR because of "full refund"

  Scenario: Opened items after the window
    Given the customer opened the items
    When the customer asks for a refund on 2026-03-16
    Then the refund is 0.00 EUR because of "window closed"

  Scenario: No refund before delivery
    When the customer asks for a refund on 2026-02-28
    Then the request is refused as too early
