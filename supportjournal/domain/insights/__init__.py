"""Insights: mood over time, the self-care calendar, people in touch, honest associations, and the summary."""
