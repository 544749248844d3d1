// Checks: time.Time works outside years 1..9999 (year 0, negative years, 10000+): Date,
// Format, String, Weekday, YearDay, AddDate, and the zero Time moved backwards.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{0, -5, 10000, 12345, 1, 2024, 1900, 2000, -400, -1} {
		t := time.Date(y, 3, 1, 13, 4, 5, 6, time.UTC)
		fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t)
		fmt.Println(t.Format("06 2006-01-02 Mon Jan _2 __2 002"), t.Unix())
		u := time.Date(y, 2, 29, 0, 0, 0, 0, time.UTC)
		fmt.Println(u, u.YearDay(), u.AddDate(1, 0, 0), u.AddDate(0, -14, 400))
		fmt.Println(time.Date(y, 12, 31, 23, 59, 59, 0, time.UTC).YearDay())
	}
	z := time.Time{}
	fmt.Println(z.Add(-366*24*time.Hour), z.Add(-1), z.Add(-365*24*time.Hour).Year())
	fmt.Println(z.AddDate(-1, 0, 0), z.IsZero(), z.Weekday(), z.Add(-1).Weekday())
	fmt.Println(time.Date(2024, 13, 35, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Unix(-62135596800-86400*366, 0).UTC())
}
