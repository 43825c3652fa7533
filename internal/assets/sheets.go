package assets

// addSheets adds the stylesheets, each after the ones it names in an
// @import or url(), so that it can refer to them by their fingerprinted
// names: a change to an imported sheet changes the name of every sheet
// that imports it too. A loop is reported where it closes (see resolve).
func (b *builder) addSheets(sheets []string) {
	data := map[string][]byte{}
	for _, name := range sheets {
		if d, ok := b.read(name); ok {
			data[name], b.sheets[name] = d, true
		}
	}
	state := map[string]int{} // 1: being added, 2: added
	var visit func(name string)
	visit = func(name string) {
		d, ok := data[name]
		if !ok || state[name] != 0 {
			return
		}
		state[name] = 1
		rewriteURLs(d, func(ref string, _ int) string {
			if target, ok := sheetTarget(name, ref); ok {
				visit(target)
			}
			return ref
		})
		b.addData(name, d)
		state[name] = 2
	}
	for _, name := range sheets {
		visit(name)
	}
}
