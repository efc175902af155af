# Messages of the rules of rules-other.md (special-education).
