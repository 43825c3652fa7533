package content

// statement checks the dates the accessibility statement must give: when
// it was prepared, and when it was last reviewed, which cannot be earlier.
func (c *checker) statement(fm *FrontMatter, raw rawFront) {
	if _, written := c.lines["prepared"]; !written && !raw.Prepared.set {
		c.errorf("prepared", "the accessibility statement has no prepared date: add a line like %s, the day the statement was first written", c.example("prepared"))
	}
	fm.Prepared = c.date("prepared", raw.Prepared)
	fm.Reviewed = c.date("reviewed", raw.Reviewed)
	if !fm.Prepared.IsZero() && !fm.Reviewed.IsZero() && fm.Reviewed.Before(fm.Prepared.Time) {
		c.errorf("reviewed", "reviewed %s is before prepared %s: a statement is reviewed after it is prepared, so check both dates",
			fm.Reviewed, fm.Prepared)
	}
}
