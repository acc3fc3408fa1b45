"""Names of the built-in recognisers a negative-list rule may refer to (``recognizer = ...``)."""

from __future__ import annotations

RECOGNIZER_NAMES = frozenset({
    "resident_id",  # 18-digit (GB 11643 check digit) and 15-digit resident ID numbers
    "mobile",  # mainland mobile numbers
    "landline",  # landline numbers with an area code
    "bank_card",  # card numbers: Luhn plus issuer prefix, grouping or context
    "email",  # e-mail addresses
    "address",  # home addresses: province / city / district / street / number
    "person_name",  # names of private persons next to a privacy context word or personal data
    "informant_name",  # the name of a person who reported a case under their own name
    "suspect_name",  # the name of a person an open case is against
    "juvenile_name",  # in a paper on minors in a case: the names it gives, under the law
    "hiv_person",  # a person's HIV status found as private: filed again under the law
    "addressee",  # the private person a reply letter is addressed to (黄某某：)
    "classification_mark",  # 密级 marks as a grammar: level, ★, term
    "medical_condition",  # illnesses, injuries, history, disability grades by their form
    "paper_fact",  # a concrete-fact sentence of a paper already not to be published
    "passage_model",  # a clause the learned passage model (_passages.json) marks
    "technical_parameters",  # clauses with several measured quantities (formulas, processes)
})
