# Messages of the rules of rules-other.md (relocation).
