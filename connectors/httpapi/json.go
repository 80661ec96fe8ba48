package httpapi

import (
	"encoding/json"
	"net/http"
)

// ErrorBody is the JSON of every error answer.
type ErrorBody struct {
	Error string `json:"error"`
	// Param names the request parameter at fault, when one is.
	Param string `json:"param,omitempty"`
}

// WriteJSON answers v as JSON with the status code.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// WriteError answers a JSON error; param names the parameter at fault ("" if none).
func WriteError(w http.ResponseWriter, status int, param, msg string) {
	WriteJSON(w, status, ErrorBody{Error: msg, Param: param})
}
