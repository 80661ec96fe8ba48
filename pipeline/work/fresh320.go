package work

// chargeClauseBefore20 reports a genitive at n inside the that-clause of
// a charge: the nearest कि before it in the sentence closes "आरोप
// लगाया/लगाते हुए कहा कि", "आरोप है कि" (the charge noun within four
// words before कि). There the owner of a named company that acts ("X
// ने आरोप लगाया कि Y की कंपनी Z ने …", blind dcr-057a/b) is charged as
// the company is (SCHEMA: criticism of someone's company counts against
// that person). Only a charge: in praise ("कहा कि Y की कंपनी Z ने
// शानदार काम किया") the possessed subject would take the company's place.
func chargeClauseBefore20(s *sentCtx, n int) bool {
	for k := n - 1; k > s.sn.a; k-- {
		if s.w(k) != "कि" {
			continue
		}
		for j := k - 1; j >= k-4 && j >= s.sn.a; j-- {
			if s.w(j) == "आरोप" {
				return true
			}
		}
		return false
	}
	return false
}
