"""Pages for the plan and its tools: thin views over services and selectors."""
