package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// axNode is one node of the accessibility tree, as a screen reader is told
// of it: its role, its name and the properties it has (invalid, level,
// focused...), each as its JSON value's text.
type axNode struct {
	Role, Name, Description string
	Props                   map[string]string
	Children                []*axNode
}

// axTree returns the page's accessibility tree, leaving out the nodes
// Chromium ignores (their children are kept, under the nearest node that
// is not ignored).
func axTree(t *testing.T, tb *tab) *axNode {
	t.Helper()
	var res accessibility.GetFullAXTreeResult
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		if _, err := cdp.Call(ctx, target, accessibility.Enable, cdp.Empty{}); err != nil {
			return err
		}
		var err error
		res, err = cdp.Call(ctx, target, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
		return err
	}))
	if err != nil {
		t.Fatalf("reading the accessibility tree: %v", err)
	}
	if len(res.Nodes) == 0 {
		t.Fatal("the accessibility tree is empty")
	}
	byID := map[accessibility.NodeID]*accessibility.Node{}
	for _, n := range res.Nodes {
		byID[n.NodeID] = n
	}
	var build func(n *accessibility.Node) []*axNode
	build = func(n *accessibility.Node) []*axNode {
		var kids []*axNode
		for _, id := range n.ChildIDs {
			if c, ok := byID[id]; ok {
				kids = append(kids, build(c)...)
			}
		}
		if n.Ignored {
			return kids
		}
		a := &axNode{Role: axText(n.Role), Name: axText(n.Name), Description: axText(n.Description), Props: map[string]string{}, Children: kids}
		for _, p := range n.Properties {
			a.Props[string(p.Name)] = axText(p.Value)
		}
		return []*axNode{a}
	}
	root := build(res.Nodes[0])
	if len(root) != 1 {
		return &axNode{Role: "root", Children: root}
	}
	return root[0]
}

func axText(v *accessibility.Value) string {
	if v == nil || len(v.Value) == 0 {
		return ""
	}
	var x any
	if json.Unmarshal(v.Value, &x) != nil {
		return string(v.Value)
	}
	if s, ok := x.(string); ok {
		return s
	}
	return fmt.Sprint(x)
}

// find returns the nodes under n, n too, that match.
func (n *axNode) find(match func(*axNode) bool) []*axNode {
	var out []*axNode
	if match(n) {
		out = append(out, n)
	}
	for _, c := range n.Children {
		out = append(out, c.find(match)...)
	}
	return out
}

func hasRole(roles ...string) func(*axNode) bool {
	return func(n *axNode) bool {
		for _, r := range roles {
			if n.Role == r {
				return true
			}
		}
		return false
	}
}
