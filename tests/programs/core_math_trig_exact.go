// math functions amd64 runs as pure Go (sin.go, trig_reduce.go, tan.go, atan.go, asin.go,
// atan2.go, sinh.go, tanh.go, cbrt.go, exp.go's exp2, expm1.go, log1p.go, acosh/asinh/atanh.go,
// erf.go, gamma.go, mod.go, remainder.go) checked bit for bit: each result printed with %v and
// as math.Float64bits in hex, for inputs from an LCG (small, medium, huge up to the Payne-Hanek
// range, near multiples of Pi/2) and the special values; NaN payloads (NaN(), Sqrt(-1)) included.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 20250101

func next() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state
}

func unif() float64 { return float64(next()>>11) / (1 << 53) }

func show(name string, x, r float64) {
	fmt.Printf("%-6s %-24v %-24v %016x\n", name, x, r, math.Float64bits(r))
}

func main() {
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 5e-324,
		0.84375, 21.5, -33.5, 710, 1 << 29, math.MaxFloat64, math.Pi / 2}
	for i := 0; i < 3; i++ {
		xs = append(xs, 2*unif()-1, (2*unif()-1)*30)
		xs = append(xs, float64(next()%1000000)*(math.Pi/2)+(unif()-0.5)*1e-7) // near k*Pi/2
		xs = append(xs, math.Ldexp(1+unif(), 30+int(next()%990)))              // Payne-Hanek
	}
	fns := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Asinh", math.Asinh},
		{"Cbrt", math.Cbrt}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Gamma", math.Gamma},
	}
	for k := 0; k < len(fns); k += 2 {
		for _, x := range xs {
			r1, r2 := fns[k].f(x), fns[k+1].f(x)
			fmt.Printf("%-5s %-5s %-24v %-24v %016x %-24v %016x\n", fns[k].name, fns[k+1].name, x,
				r1, math.Float64bits(r1), r2, math.Float64bits(r2))
		}
	}
	// the functions with a domain: arguments mapped into it
	for i := 0; i < 5; i++ {
		u := 2*unif() - 1
		show("Asin", u, math.Asin(u))
		show("Acos", u, math.Acos(u))
		show("Atanh", u, math.Atanh(u))
		show("Log1p", u, math.Log1p(u))
		show("Acosh", 1-u*u*u*50, math.Acosh(1-u*u*u*50))
		show("Sqrt", u, math.Sqrt(u))
	}
	for i, x := range xs {
		y := xs[(i*7+3)%len(xs)]
		s, c := math.Sincos(x)
		fmt.Printf("%d %x %x %x %x %x %x\n", i, math.Float64bits(s), math.Float64bits(c),
			math.Float64bits(math.Atan2(x, y)), math.Float64bits(math.Mod(x, y)),
			math.Float64bits(math.Remainder(x, y)), math.Float64bits(math.Pow(math.Abs(x), y/8)))
	}
	fmt.Println(math.Float64bits(math.NaN()) == 0x7FF8000000000001, math.Float64bits(math.Sqrt(-1)) == 0xFFF8000000000000,
		math.Ldexp(1.5, -1074), math.Ldexp(0.75, 1024))
	fr, e := math.Frexp(5e-324)
	fmt.Println(fr, e, math.Float64frombits(0x3FF0000000000001), math.Gamma(-0.5), math.Gamma(171.6))
}
