// Checks: struct equality, struct copies on assignment and in range, pointer aliasing.
package main

import "fmt"

type endpoint struct {
	host string
	port int
}

type service struct {
	name string
	ep   endpoint
	tags [2]string
}

func main() {
	a := service{"api", endpoint{"10.0.0.1", 80}, [2]string{"web", "v1"}}
	b := a
	b.ep.port = 8080
	b.tags[1] = "v2"
	fmt.Println(a == b, a.ep == endpoint{"10.0.0.1", 80}, a.tags, b.tags)
	list := []service{a, b}
	for _, s := range list {
		s.name = "changed"
	}
	for i := range list {
		list[i].ep.host = "localhost"
	}
	fmt.Println(list[0].name, list[1].ep.host)
	p := &list[0]
	p.name = "via-pointer"
	fmt.Println(list[0].name)
	list = append(list, service{name: "db"})
	p.name = "stale?"
	fmt.Println(list[0].name, len(list))
	m := map[endpoint]string{a.ep: "primary"}
	fmt.Println(m[endpoint{"10.0.0.1", 80}])
	var zero service
	fmt.Printf("%+v %v\n", zero, zero == service{})
}
