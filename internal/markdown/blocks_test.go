package markdown

import (
	"reflect"
	"testing"
)

// TestBlocksKeepTheirLines checks the prose the editor checks read: plain
// text without markup, a "\n" wherever the file moves on a line, and the
// kind of each block.
func TestBlocksKeepTheirLines(t *testing.T) {
	src := "## Key *dates*\n\nWe want to hear\nfrom [you](https://www.gov.uk/) by \"June\".\n\n" +
		"- first item\n- second\n  item\n\n> quoted\n\n![A map](/assets/images/map.png)\n\n```\ncode is not prose\n```\n\n" +
		"Table: Who comes\n\n| Area | Town |\n|---|---|\n| **Northern** | Fakenham |\n"
	ctx := testContext()
	ctx.Prose = true
	res := New().Convert([]byte(src), ctx)
	want := []Block{
		{Kind: BlockHeading, Line: 5, Text: "Key dates"},
		{Kind: BlockParagraph, Line: 7, Text: "We want to hear\nfrom you by “June”."},
		{Kind: BlockListItem, Line: 10, Text: "first item"},
		{Kind: BlockListItem, Line: 11, Text: "second\nitem"},
		{Kind: BlockParagraph, Line: 14, Text: "quoted", Quote: true},
		{Kind: BlockCaption, Line: 22, Text: "Who comes"},
		{Kind: BlockTableCell, Line: 24, Text: "Area"},
		{Kind: BlockTableCell, Line: 24, Text: "Town"},
		{Kind: BlockTableCell, Line: 26, Text: "Northern"},
		{Kind: BlockTableCell, Line: 26, Text: "Fakenham"},
	}
	if !reflect.DeepEqual(res.Blocks, want) {
		t.Errorf("Blocks =\n%#v\nwant\n%#v", res.Blocks, want)
	}
	if got := res.Blocks[1].Lines().Line(len("We want to hear\nfrom")); got != 8 {
		t.Errorf("Lines().Line(after the first line) = %d, want 8", got)
	}
}
