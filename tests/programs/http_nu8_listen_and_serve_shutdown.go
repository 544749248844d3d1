// Checks: the textbook pattern: ListenAndServe in a goroutine returns ErrServerClosed after
// Shutdown; handlers registered on a ServeMux; RegisterOnShutdown runs.
//
//deferlab:signal SIGINT@100ms
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		fmt.Fprintln(w, "ok")
	})
	srv := &http.Server{Addr: "127.0.0.1:18080", Handler: mux}
	hooked := make(chan struct{})
	srv.RegisterOnShutdown(func() { close(hooked) }) // runs in a goroutine of its own
	errc := make(chan error, 1)
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- err
			return
		}
		errc <- nil
	}()
	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGINT, syscall.SIGTERM)
	s := <-quit
	fmt.Println("received", s)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		log.Fatal("forced shutdown: ", err)
	}
	fmt.Println("serve returned:", <-errc)
	<-hooked
	fmt.Println("on-shutdown hook ran; bye")
}
