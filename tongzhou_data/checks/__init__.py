"""Validation: the rules every table meets, a published folder checked against its descriptor, schema changes."""
