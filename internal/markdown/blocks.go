package markdown

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// BlockKind is what a Block of prose is.
type BlockKind string

const (
	BlockParagraph BlockKind = "paragraph"
	BlockListItem  BlockKind = "item"    // the text of one list item (each paragraph of a loose item is its own)
	BlockHeading   BlockKind = "heading" // also in Result.Headings, with its level and id
	BlockTableCell BlockKind = "cell"
	BlockCaption   BlockKind = "caption"
)

// Block is the plain text of one paragraph, list item, heading, table cell or
// caption, for checks on the prose itself: sentence length, reading age,
// words to avoid. Text keeps a "\n" wherever the editor's text moved to the
// next line of the file, so a position in Text maps back to a line.
type Block struct {
	Kind BlockKind
	Line int // the file line of the block's first text
	Text string
	// Quote is a block inside a block quote: someone else's words, which
	// editors quote as they are.
	Quote bool
}

// Lines maps byte offsets in b.Text to file lines. Build it once per block
// and look up every problem in it: a paragraph can hold thousands.
func (b Block) Lines() diag.Lines { return diag.NewLines(b.Text, b.Line) }

// blocks lists the prose of doc, in order. It runs after transform, so
// links, phone numbers and captions are already in their final shape;
// images, code and raw HTML are not prose and are left out.
func (p *page) blocks(doc ast.Node) []Block {
	var bs []Block
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		kind, ok := blockKind(n)
		if !ok {
			return ast.WalkContinue, nil
		}
		if b, ok := p.block(n, kind); ok {
			bs = append(bs, b)
		}
		return ast.WalkSkipChildren, nil
	})
	return bs
}

func blockKind(n ast.Node) (BlockKind, bool) {
	switch n.Kind() {
	case ast.KindParagraph, ast.KindTextBlock:
		if n.Parent() != nil && n.Parent().Kind() == ast.KindListItem {
			return BlockListItem, true
		}
		return BlockParagraph, true
	case ast.KindHeading:
		return BlockHeading, true
	case extast.KindTableCell:
		return BlockTableCell, true
	case kindCaption:
		return BlockCaption, true
	}
	return "", false
}

// block flattens n's inlines, starting a new line of Text wherever the
// source moves on a line.
func (p *page) block(n ast.Node, kind BlockKind) (Block, bool) {
	b := Block{Kind: kind, Line: -1}
	var text strings.Builder
	cur := 0 // the file line text has reached
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				line := p.lines.line(c.Segment.Start)
				if b.Line < 0 {
					b.Line, cur = line, line
				}
				for ; cur < line; cur++ {
					text.WriteByte('\n')
				}
				text.Write(resolveText(c.Value(p.src), c.IsRaw()))
			case *ast.String:
				text.Write(resolveText(c.Value, c.IsRaw() || c.IsCode()))
			case *imageNode, *ast.Image, *ast.RawHTML:
			default:
				walk(c)
			}
		}
	}
	walk(n)
	for a := n.Parent(); a != nil; a = a.Parent() {
		b.Quote = b.Quote || a.Kind() == ast.KindBlockquote
	}
	if strings.TrimSpace(text.String()) == "" {
		return Block{}, false
	}
	if b.Line < 0 {
		b.Line = p.line(n)
	}
	b.Text = text.String()
	return b, true
}
