package content

// workshop checks the fields the workshop table and calendar files need.
func (c *checker) workshop(fm *FrontMatter, raw rawFront) {
	fm.Area = c.required("a workshop page", "area", raw.Area)
	fm.Venue = c.required("a workshop page", "venue", raw.Venue)
	fm.Town = c.required("a workshop page", "town", raw.Town)
	if _, written := c.lines["date"]; !written && !raw.Date.set {
		c.errorf("date", "a workshop page has no date: add a line like %s", c.example("date"))
	} else if !raw.Date.set {
		c.errorf("date", "date is blank: fill it in, like %s", c.example("date"))
	}
	fm.Starts = c.clock("starts", raw.Starts)
	fm.Ends = c.clock("ends", raw.Ends)
	if fm.Starts != "" && fm.Ends != "" && fm.Ends <= fm.Starts {
		c.errorf("ends", "ends %s must be later than starts %s: check both times", fm.Ends, fm.Starts)
	}
}

// allowed reports fields used outside the one kind of page that has them.
func (c *checker) allowed(here bool, raw rawFront, keys []string, where string) {
	if here {
		return
	}
	for _, key := range keys {
		if _, written := c.lines[key]; written || raw.field(key).set {
			c.errorf(key, "%s is only for %s: delete it from this page", key, where)
		}
	}
}
