package httpapi

import (
	"embed"
	"io/fs"
	"net/http"
)

// webFS is the page served at / (plain HTML, CSS and JavaScript over the
// JSON API; no CDN, so it works offline).
//
//go:embed web
var webFS embed.FS

// webHandler serves index.html at / and the files under /assets/.
func webHandler() (page, assets http.Handler) {
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		panic("httpapi: embedded web folder missing: " + err.Error()) // a build defect
	}
	files := http.FileServerFS(sub)
	noCache := func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// The binary's version is the page's: always revalidate.
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("X-Content-Type-Options", "nosniff")
			h.ServeHTTP(w, r)
		})
	}
	page = noCache(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
		http.ServeFileFS(w, r, sub, "index.html")
	}))
	return page, noCache(http.StripPrefix("/assets/", files))
}
