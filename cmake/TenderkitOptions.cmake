# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by each of our targets, so that they
# never leak into dependencies or consumers.
add_library(tenderkit_warnings INTERFACE)
target_compile_options(tenderkit_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                    -Wnon-virtual-dtor -Wold-style-cast)
if(TENDERKIT_WERROR)
  target_compile_options(tenderkit_warnings INTERFACE -Werror)
endif()

add_library(tenderkit_sanitizers INTERFACE)
if(TENDERKIT_SANITIZE)
  target_compile_options(tenderkit_sanitizers INTERFACE -fsanitize=address,undefined
                                                        -fno-sanitize-recover=undefined
                                                        -fno-omit-frame-pointer)
  target_link_options(tenderkit_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
