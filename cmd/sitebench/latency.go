package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/watch"
)

// latency times one-page saves in "microsite serve": from writing the file
// to the reload event reaching a listening page, debounce included.
func (b *bench) latency(n, saves int) (time.Duration, error) {
	src := filepath.Join(b.work, fmt.Sprintf("site-%d", n))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, b.microsite, "serve", "--src", src, "--addr", "127.0.0.1:0", "--now", "2005-05-20")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() {
		cancel() // stops the preview
		cmd.Wait()
	}()
	url, err := previewURL(stdout)
	if err != nil {
		return 0, err
	}
	events, err := reloads(ctx, url)
	if err != nil {
		return 0, err
	}
	page := filepath.Join(src, "content", firstPage(src))
	orig, err := os.ReadFile(page)
	if err != nil {
		return 0, err
	}
	defer os.WriteFile(page, orig, 0o644)
	var ds []time.Duration
	for i := range saves {
		start := time.Now()
		if err := os.WriteFile(page, fmt.Appendf(slices.Clip(orig), "\nEdit number %d.\n", i), 0o644); err != nil {
			return 0, err
		}
		select {
		case <-events:
			ds = append(ds, time.Since(start))
		case <-time.After(10 * time.Second):
			return 0, fmt.Errorf("no reload within 10 seconds of save %d", i)
		}
	}
	slices.Sort(ds)
	fmt.Printf("serve, save to reload event (%d saves, %s debounce included): median %s, min %s, max %s\n",
		saves, watch.DefaultDebounce, round(ds[len(ds)/2]), round(ds[0]), round(ds[len(ds)-1]))
	return ds[len(ds)/2], nil
}

func previewURL(stdout interface{ Read([]byte) (int, error) }) (string, error) {
	re := regexp.MustCompile(`Preview at (http://\S+/)`)
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			go func() {
				for sc.Scan() {
				}
			}()
			return m[1], nil
		}
	}
	return "", fmt.Errorf("serve did not print its address")
}

func reloads(ctx context.Context, url string) (<-chan struct{}, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"__microsite/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	ch := make(chan struct{}, 1)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "event: reload") {
				ch <- struct{}{}
			}
		}
	}()
	return ch, nil
}

// firstPage names an ordinary page of the generated site.
func firstPage(src string) string {
	entries, _ := os.ReadDir(filepath.Join(src, "content"))
	for _, e := range entries {
		if e.IsDir() {
			files, _ := os.ReadDir(filepath.Join(src, "content", e.Name()))
			for _, f := range files {
				if f.Name() != "index.md" && strings.HasSuffix(f.Name(), ".md") {
					return filepath.Join(e.Name(), f.Name())
				}
			}
		}
	}
	return "index.md"
}
