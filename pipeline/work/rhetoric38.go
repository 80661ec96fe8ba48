package work

// faceWh38 (session 38, eval3) reports "किस मुंह से" at k ("with what
// face"): "Y किस मुंह से लोकतंत्र की बात करते हैं?" says Y has no right to
// speak of it — an accusing question like क्यों (accusingWh12), and one
// even without its question mark ("X ने कहा कि Y किस मुंह से … कर रहे
// हैं।").
func faceWh38(s *sentCtx, k int) bool {
	return s.w(k) == "किस" && s.w(k+1) == "मुंह" && s.w(k+2) == "से"
}
