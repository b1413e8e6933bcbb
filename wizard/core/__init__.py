"""The pure core: answers, questions, rendering, counting, checks. Imports no UI."""
