package main

import (
	"fmt"
	"time"
)

// Layout chunks around "_": _2 is the space-padded day, __2 the space-padded day of the year,
// and _2006 a literal underscore followed by the year.
func main() {
	for _, t := range []time.Time{
		time.Date(2009, 2, 5, 7, 4, 9, 0, time.UTC),
		time.Date(2024, 12, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(2023, 4, 10, 12, 0, 0, 0, time.UTC),
	} {
		fmt.Println(t.Format("__2|002|_2006|_2 Jan|2_01|Jan _2 15:04:05.000"))
		fmt.Println(t.Format(time.ANSIC), "|", t.Format(time.Stamp), "|", t.YearDay())
	}
}
